import { words } from '@/i18n';
import type { ContactChannels as Channels } from '@/lib/content/schema';
import { phoneHref } from '@/lib/labels';

interface ContactChannelsProps {
  channels: Channels;
}

/** Every channel an organisation can be reached by, as a label–value list. */
export function ContactChannels({ channels }: ContactChannelsProps) {
  const { digitalPost, email, contactForm, phone, letter } = channels;
  const w = words().contact;
  return (
    <dl className="structured-list">
      {digitalPost && (
        <div>
          <dt>{w.digitalPost}</dt>
          <dd>
            {w.digitalPostHow(<strong>{digitalPost.recipient}</strong>)}
            {digitalPost.guidance && ` ${digitalPost.guidance}`}
          </dd>
        </div>
      )}
      {email && (
        <div>
          <dt>{w.email}</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
            <br />
            {w.emailWarning}
          </dd>
        </div>
      )}
      {contactForm && (
        <div>
          <dt>{w.contactForm}</dt>
          <dd>
            {contactForm.url ? <a href={contactForm.url}>{w.contactFormHow}</a> : w.contactFormHow}.
            {contactForm.guidance && ` ${contactForm.guidance}`}
          </dd>
        </div>
      )}
      {phone && (
        <div>
          <dt>{w.phone}</dt>
          <dd>
            <a href={phoneHref(phone)}>{phone}</a>
          </dd>
        </div>
      )}
      {letter && (
        <div>
          <dt>{w.letter}</dt>
          <dd>
            <address>
              {letter.map((line, index) => (
                <span key={index} className="address-line">
                  {line}
                </span>
              ))}
            </address>
          </dd>
        </div>
      )}
    </dl>
  );
}
