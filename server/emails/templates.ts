// Plain, readable mails: the text part says everything; the HTML part is the same text, escaped.

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function compose(subject: string, paragraphs: string[], link: { label: string; url: string }): MailContent {
  const text = [...paragraphs, `${link.label}: ${link.url}`, '— OnRecord'].join('\n\n');
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
    '<p>— OnRecord</p>',
  ].join('\n');
  return { subject, text, html };
}

const day = (d: Date) => d.toUTCString().replace(/:\d\d GMT$/, ' UTC');

export function invitationMail(a: { name: string; orgName: string; inviter: string; url: string; expiresAt: Date }): MailContent {
  return compose(
    `${a.inviter} invited you to ${a.orgName} on OnRecord`,
    [
      `Hello ${a.name},`,
      `${a.inviter} invited you to join ${a.orgName} on OnRecord, where you and your manager keep your 1:1s and a shared record that nobody can silently rewrite.`,
      `Choose a password to accept. The link works once and expires on ${day(a.expiresAt)}.`,
    ],
    { label: 'Accept the invitation', url: a.url },
  );
}

export function passwordResetMail(a: { name: string; url: string; expiresAt: Date }): MailContent {
  return compose(
    'Reset your OnRecord password',
    [
      `Hello ${a.name},`,
      'Someone asked to reset the password of your OnRecord account. If it was not you, ignore this mail: nothing changes.',
      `The link works once and expires on ${day(a.expiresAt)}.`,
    ],
    { label: 'Choose a new password', url: a.url },
  );
}

function withBlock(m: MailContent, block: string, after: number): MailContent {
  // Inserts a preformatted block (the minutes, a receipt) after the `after`-th paragraph.
  const textParts = m.text.split('\n\n');
  textParts.splice(after, 0, block);
  const htmlParts = m.html.split('\n');
  htmlParts.splice(
    after,
    0,
    `<pre style="white-space:pre-wrap;font-family:inherit;border-left:3px solid #888;padding-left:12px">${escapeHtml(block)}</pre>`,
  );
  return { subject: m.subject, text: textParts.join('\n\n'), html: htmlParts.join('\n') };
}

export function minutesSentMail(a: {
  recipient: string;
  author: string;
  meetingDate: string;
  minutes: string;
  url: string;
  deadline: string;
  amended: boolean;
}): MailContent {
  const m = compose(
    `${a.author} ${a.amended ? 'amended' : 'sent'} the minutes of your 1:1 on ${a.meetingDate}`,
    [
      `Hello ${a.recipient},`,
      `${a.author} ${a.amended ? 'amended' : 'wrote'} the minutes of your 1:1 on ${a.meetingDate}. Please read them and tell them if anything was misunderstood:`,
      `Confirm them, or propose a correction, by ${a.deadline}. If you do not answer by then, the minutes will be shown as "deemed accepted" (never as "confirmed").`,
    ],
    { label: 'Confirm or propose a correction', url: a.url },
  );
  return withBlock(m, a.minutes, 2);
}

export function minutesReminderMail(a: {
  recipient: string;
  author: string;
  meetingDate: string;
  minutes: string;
  url: string;
  deadline: string;
}): MailContent {
  const m = compose(
    `Reminder: the minutes of your 1:1 on ${a.meetingDate} need your answer by ${a.deadline}`,
    [
      `Hello ${a.recipient},`,
      `${a.author}'s minutes of your 1:1 on ${a.meetingDate} are still waiting for your answer:`,
      `Without an answer by ${a.deadline}, they will be shown as "deemed accepted".`,
    ],
    { label: 'Confirm or propose a correction', url: a.url },
  );
  return withBlock(m, a.minutes, 2);
}

export function minutesAnsweredMail(a: {
  author: string;
  recipient: string;
  meetingDate: string;
  answer: string;
  url: string;
}): MailContent {
  return compose(
    `${a.recipient} ${a.answer} your minutes of ${a.meetingDate}`,
    [`Hello ${a.author},`, `${a.recipient} ${a.answer} your minutes of the 1:1 on ${a.meetingDate}.`],
    {
      label: 'Open the minutes',
      url: a.url,
    },
  );
}

export function receiptMail(a: { name: string; meetingDate: string; state: string; url: string; receipt: string }): MailContent {
  const m = compose(
    `Receipt: the minutes of ${a.meetingDate} are on the record (${a.state})`,
    [
      `Hello ${a.name},`,
      `The minutes of your 1:1 on ${a.meetingDate} reached a final state: ${a.state}. This receipt is evidence outside OnRecord: the record entry, its inclusion proof and the signed tree head. Keep this mail; \`onrecord verify\` checks it against any later export.`,
    ],
    { label: 'Open the minutes', url: a.url },
  );
  return withBlock(m, a.receipt, 2);
}
