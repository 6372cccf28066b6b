import type { Migration } from '../migration';
import { migration0001 } from './0001-init';
import { migration0002 } from './0002-api-audit';
import { migration0003 } from './0003-contacts';
import { migration0004 } from './0004-campaigns';
import { migration0005 } from './0005-ledger-summary-index';
import { migration0006 } from './0006-campaign-leases';
import { migration0007 } from './0007-import-key';
import { migration0008 } from './0008-contact-search-and-segments';
import { migration0009 } from './0009-import-headers-and-countries';
import { migration0010 } from './0010-variants-and-templates';
import { migration0011 } from './0011-ledger-identity';
import { migration0012 } from './0012-ledger-zone';
import { migration0013 } from './0013-campaign-counts';

/** Every migration, in order. Add new files at the end; never edit a released one. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
];
