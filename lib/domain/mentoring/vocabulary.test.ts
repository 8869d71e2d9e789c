import { describe, expectTypeOf, it } from 'vitest';
import type { ConsentStatus } from './consents';
import type { CONSENT_STATUSES } from './vocabulary';

describe('the consent statuses', () => {
  // Checked by tsc: the hand-written union must stay the database enum's values.
  it('are the values of the database enum', () => {
    expectTypeOf<ConsentStatus>().toEqualTypeOf<(typeof CONSENT_STATUSES)[number]>();
  });
});
