import { Group } from '@mantine/core';
import type { PersonSummary } from '../../common/api/people';
import { type SoftColor, SoftBadge } from './SoftBadge';

/** Roles as words: everyone is an employee; manager, HR, admin and pending invitations are marked. */
export function RoleBadges({ person }: { person: PersonSummary }) {
  const badges: Array<{ label: string; color: SoftColor }> = [];
  if (person.reportCount > 0) badges.push({ label: 'Manager', color: 'indigo' });
  if (person.isHr) badges.push({ label: 'HR', color: 'teal' });
  if (person.isAdmin) badges.push({ label: 'Admin', color: 'grape' });
  if (person.status === 'invited') badges.push({ label: 'Invited', color: 'yellow' });
  if (person.status === 'deactivated') badges.push({ label: 'Deactivated', color: 'gray' });
  if (badges.length === 0) return <span className="muted role-none">Employee</span>;
  return (
    <Group gap={4} wrap="wrap">
      {badges.map((badge) => (
        <SoftBadge key={badge.label} color={badge.color}>
          {badge.label}
        </SoftBadge>
      ))}
    </Group>
  );
}
