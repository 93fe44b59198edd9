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
