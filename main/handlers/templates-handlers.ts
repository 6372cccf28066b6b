import type { Handlers } from '../../shared/contract/dispatcher';
import { forward } from '../../shared/contract/forward';
import type { templatesPassThroughMethods } from '../../shared/contract/templates-contract';
import type { MainPorts } from './main-ports';

/** Template calls main forwards unchanged: the engine keeps templates with the drafts. */
export function templatesHandlers(ports: MainPorts): Handlers<typeof templatesPassThroughMethods> {
  const t = ports.engine.templates;
  return {
    'templates:list': () => forward(t.list()),
    'templates:save': (input) => forward(t.save(input)),
    'templates:rename': (input) => forward(t.rename(input)),
    'templates:delete': (input) => forward(t.delete(input)),
    'templates:newCampaign': (input) => forward(t.newCampaign(input)),
    'templates:apply': (input) => forward(t.apply(input)),
  };
}
