import { Select } from '@mantine/core';
import { useMemo } from 'react';

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function allTimeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const set = new Set(zones);
  set.add('UTC');
  if (current) set.add(current);
  return [...set].sort();
}

type Props = {
  value: string;
  onChange: (zone: string) => void;
  error?: string;
  label?: string;
  description?: string;
};

/** A searchable list of IANA time zones. */
export function TimeZoneSelect({ value, onChange, error, label = 'Time zone', description }: Props) {
  const data = useMemo(() => allTimeZones(value), [value]);
  return (
    <Select
      label={label}
      description={description}
      data={data}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No time zone matches"
      error={error}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
