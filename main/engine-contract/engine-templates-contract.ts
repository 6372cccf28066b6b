import { templatesPassThroughMethods } from '../../shared/contract/templates-contract';

/** Templates: the renderer's calls, served by the engine as they are. */
export const engineTemplatesMethods = { ...templatesPassThroughMethods };
