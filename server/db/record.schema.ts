// Tables of the record, the access log and minutes (migration 20261122T2300_record).

export interface RecordLogsTable {
  org_id: string;
  size: number;
}

export interface RecordEntriesTable {
  org_id: string;
  idx: number;
  type: string;
  entry: string;
  leaf_hash: string;
  created_at: string;
}

export interface RecordSubjectsTable {
  org_id: string;
  person_id: string;
  idx: number;
}

export interface TreeHeadsTable {
  id: string;
  org_id: string;
  tree_size: number;
  sth: string;
  signed_at: string;
}

export interface AccessLogTable {
  id: string;
  org_id: string;
  person_id: string;
  reader_id: string;
  reader_role: string;
  what: string;
  at: string;
}

export interface MinutesTable {
  id: string;
  org_id: string;
  meeting_id: string;
  author_id: string;
  recipient_id: string;
  state: string;
  revision: number;
  content: string;
  sent_at: string | null;
  deadline_at: string | null;
  reminder_at: string | null;
  reminded_at: string | null;
  final_at: string | null;
  correction: string | null;
  disputed_version: string | null;
  next_due_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PendingReceiptsTable {
  id: string;
  org_id: string;
  idx: number;
  minutes_id: string;
  created_at: string;
}

export interface RecordTables {
  record_logs: RecordLogsTable;
  record_entries: RecordEntriesTable;
  record_subjects: RecordSubjectsTable;
  tree_heads: TreeHeadsTable;
  access_log: AccessLogTable;
  minutes: MinutesTable;
  pending_receipts: PendingReceiptsTable;
}
