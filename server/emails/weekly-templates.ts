import type { MailContent } from './templates';

// Weekly-update mails: plain and readable; the update itself is in the mail, not only behind a link.

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function compose(subject: string, paragraphs: string[], link: { label: string; url: string }, block?: string): MailContent {
  const text = [...paragraphs, ...(block ? [block] : []), `${link.label}: ${link.url}`, '— OnRecord'].join('\n\n');
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(block
      ? [
          `<pre style="white-space:pre-wrap;font-family:inherit;border-left:3px solid #888;padding-left:12px">${escapeHtml(block)}</pre>`,
        ]
      : []),
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
    '<p>— OnRecord</p>',
  ].join('\n');
  return { subject, text, html };
}

export function weeklyUpdateMail(a: {
  manager: string;
  author: string;
  week: string;
  text: string;
  url: string;
  version: number;
  escalations: number;
}): MailContent {
  const again = a.version > 1 ? ` (version ${a.version})` : '';
  return compose(
    `${a.author}'s weekly update, ${a.week}${again}${a.escalations ? ` — ${a.escalations} escalation${a.escalations === 1 ? '' : 's'}` : ''}`,
    [
      `Hello ${a.manager},`,
      a.version > 1
        ? `${a.author} sent a new version of their weekly update for ${a.week}. It replaces version ${a.version - 1}; both stay on the record.`
        : `${a.author} sent you their weekly update for ${a.week}:`,
    ],
    { label: 'Acknowledge or comment', url: a.url },
    `${a.text}${a.escalations ? '\n\nAn escalation you have not answered by your next 1:1 is added to its agenda.' : ''}`,
  );
}

export function weeklyReminderMail(a: { name: string; week: string; url: string }): MailContent {
  return compose(
    `Reminder: your weekly update for ${a.week}`,
    [
      `Hello ${a.name},`,
      `It is time for your weekly update for ${a.week}: a few lines of progress, what you are waiting on and from whom, anything you need your manager to escalate, and where your objectives stand.`,
      'You get this reminder once a week, on the day and at the hour you chose; you can change them in OnRecord.',
    ],
    { label: 'Write your update', url: a.url },
  );
}

export function weeklyDigestMail(a: { manager: string; week: string; summary: string; url: string }): MailContent {
  return compose(
    `Your team's weekly updates, ${a.week}`,
    [`Hello ${a.manager},`, `Here is where your reports' weekly updates for ${a.week} stand:`],
    { label: 'Open the team week', url: a.url },
    a.summary,
  );
}
