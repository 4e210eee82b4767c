import { words } from '@/i18n';
import type { RequestChannel } from '@/lib/rights-request';

interface RequestChannelsProps {
  channels: readonly RequestChannel[];
}

/**
 * The ways to send the request, in the builder's order (Digital Post first, the phone last), each with
 * how to use it and what to know about its security. The words come with the channels, already in the
 * page's language; the postal address as lines, like the contact sections show it.
 */
export function RequestChannels({ channels }: RequestChannelsProps) {
  return (
    <dl className="structured-list">
      {channels.map((channel) => (
        <div key={channel.kind}>
          <dt>{channel.label}</dt>
          <dd>
            <p>
              {channel.how}
              {channel.link && (
                <>
                  {' '}
                  <a href={channel.link.href}>{channel.link.text}</a>
                </>
              )}
              {channel.guidance && ` ${channel.guidance}`}
              {channel.recommended && ` ${words().requestPage.recommended}`}
            </p>
            {channel.lines && (
              <address>
                {channel.lines.map((line, index) => (
                  <span key={index} className="address-line">
                    {line}
                  </span>
                ))}
              </address>
            )}
            {channel.security && <p>{channel.security}</p>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
