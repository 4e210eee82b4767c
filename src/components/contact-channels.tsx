import type { ContactChannels as Channels } from '@/lib/content/schema';
import { phoneHref } from '@/lib/labels';

interface ContactChannelsProps {
  channels: Channels;
}

/** Every channel an organisation can be reached by, as a label–value list. */
export function ContactChannels({ channels }: ContactChannelsProps) {
  const { digitalPost, email, contactForm, phone, letter } = channels;
  return (
    <dl className="structured-list">
      {digitalPost && (
        <div>
          <dt>Digital Post</dt>
          <dd>
            Skriv sikkert via Digital Post (fx e-Boks eller borger.dk – du logger på med MitID) til{' '}
            <strong>{digitalPost.recipient}</strong>.{digitalPost.guidance && ` ${digitalPost.guidance}`}
          </dd>
        </div>
      )}
      {email && (
        <div>
          <dt>E-mail</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
            <br />
            Almindelig e-mail er ikke krypteret. Send ikke CPR-nummer eller følsomme oplysninger på den måde.
          </dd>
        </div>
      )}
      {contactForm && (
        <div>
          <dt>Kontaktformular</dt>
          <dd>
            {contactForm.url ? (
              <a href={contactForm.url}>Skriv via kontaktformularen</a>
            ) : (
              'Skriv via kontaktformularen'
            )}
            .{contactForm.guidance && ` ${contactForm.guidance}`}
          </dd>
        </div>
      )}
      {phone && (
        <div>
          <dt>Telefon</dt>
          <dd>
            <a href={phoneHref(phone)}>{phone}</a>
          </dd>
        </div>
      )}
      {letter && (
        <div>
          <dt>Brev</dt>
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
