/** Who is asking: the signed-in person, resolved from the session by the HTTP layer. */
export interface Actor {
  personId: string;
  orgId: string;
  name: string;
  email: string;
  timeZone: string;
  isHr: boolean;
  isAdmin: boolean;
  /** The organisation's people version when the session was resolved (cache key for the directory). */
  orgPeopleVersion?: number;
}
