import type { ComponentChildren } from 'preact';
import type { Listening } from '../lib/engine/types';
import type { AdapterId } from '../lib/messaging/adapter-ids';
import type { DraftContext } from '../lib/messaging/content-messages';
import type { ContextSources } from '../lib/messaging/context-sources';
import { CustomerNameField } from './CustomerNameField';
import { HELPDESK_LABELS, MOOD_LABELS } from './labels';

interface HeaderProps {
  helpdesk: AdapterId;
  context: DraftContext;
  sources?: ContextSources | undefined;
  mood?: Listening['mood'];
  /** The agent corrects the customer's name (`null`: the page's again). */
  onCorrectCustomerName?: (name: string | null) => void;
  /** Shown at the header's end: what context is missing (ContextGaps). */
  children?: ComponentChildren;
}

/** Who the reply is for and where it goes: helpdesk, customer, their mood, subject, reply or internal note. */
export function Header({ helpdesk, context, sources, mood, onCorrectCustomerName, children }: HeaderProps) {
  return (
    <header class="header" data-testid="connection" data-status="connected" data-helpdesk={helpdesk}>
      <div class="header__line">
        <span class="header__helpdesk">{HELPDESK_LABELS[helpdesk]}</span>
        <span class={`badge badge--${context.composer}`} data-context="composer">
          {context.composer === 'note' ? 'Internal note' : 'Public reply'}
        </span>
      </div>
      <div class="header__customer">
        <span class="visually-hidden">Customer: </span>
        <CustomerNameField name={context.customerName} setByAgent={sources?.customerName?.strategy === 'agent'} {...(onCorrectCustomerName ? { onChange: onCorrectCustomerName } : {})} />
        {mood && (
          <span class={`mood mood--${mood.primary}`} data-context="mood" title={mood.states.map((state) => MOOD_LABELS[state]).join(', ')}>
            {MOOD_LABELS[mood.primary]}
          </span>
        )}
      </div>
      {context.subject && (
        <div class="header__subject" data-context="subject">
          {context.subject}
        </div>
      )}
      {children}
    </header>
  );
}
