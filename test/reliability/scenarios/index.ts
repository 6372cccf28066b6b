import type { Scenario } from '../scenario';
import { damagedConfig } from './damaged-config';
import { damagedDatabase } from './damaged-database';
import { diskFullImport } from './disk-full-import';
import { diskFullSendScenario } from './disk-full-send';
import { flakyScenario } from './flaky';
import { killScenario } from './kill';
import { networkScenario } from './network';
import { revokedScenario } from './revoked';
import { secondSenderScenario } from './second-sender';
import { sigintResumeScenario } from './sigint-resume';
import { statusDuringSendScenario } from './status-during-send';

/**
 * Every scenario, in the order the table prints them. To add one: write a file here exporting a
 * `Scenario` (see ../scenario.ts: create the fault for real, audit with auditCampaign, return
 * rowOf(...) with what else it promises, or skippedRow(...) with why it cannot run here) and
 * list it below. `npm run test:reliability -- --only <name>` runs it alone.
 */
export const scenarios: readonly Scenario[] = [
  killScenario,
  flakyScenario,
  revokedScenario,
  networkScenario,
  secondSenderScenario,
  statusDuringSendScenario,
  sigintResumeScenario,
  diskFullSendScenario,
  diskFullImport,
  damagedDatabase,
  damagedConfig,
];
