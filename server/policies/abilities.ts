import type { Abilities } from '../../common/api/auth';
import type { Actor } from './actor';
import { canImportPeople, canReadOutbox } from './admin.policy';
import { canInvitePeople, canViewDirectory } from './people.policy';

/** Sent to the browser so that the UI hides exactly what the server forbids. */
export function abilitiesFor(actor: Actor): Abilities {
  return {
    viewDirectory: canViewDirectory(actor, actor.orgId),
    administer: actor.isAdmin,
    importPeople: canImportPeople(actor),
    readOutbox: canReadOutbox(actor),
    invitePeople: canInvitePeople(actor),
  };
}
