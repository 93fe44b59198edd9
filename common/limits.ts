// Limits shared by the server (validation) and the web (form hints).
export const LIMITS = {
  name: 120,
  email: 254,
  organisationName: 120,
  passwordMin: 10,
  passwordMax: 200,
  timeZone: 64,
  csvBytes: 2_000_000,
  csvRows: 20_000,
} as const;
