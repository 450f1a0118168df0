import { firstNameOf } from './customer/first-name';
import { type Addressed, addressedHow } from './customer/addressing';
import type { CustomerQuestion } from './customer/questions';
import { type ReplyMoves, replyMoves } from './customer/reply-moves';
import { type CustomerReading, readCustomerMessage } from './customer/reading';
import { type ReadingGrade, gradeOf } from './readability';
import { type TextModel, buildTextModel } from './text/text-model';
import type { AnalysisInput } from './types';

/**
 * The customer's message stays the same while the agent types a reply to it, so each analyzer keeps
 * the reading of the last message it saw (keyed by the text itself, not by an object's identity).
 */
export class CustomerReadings {
  private last: CustomerReading | undefined;

  of(message: string): CustomerReading {
    if (this.last?.message !== message) this.last = readCustomerMessage(message);
    return this.last;
  }
}

/**
 * What one analysis knows about its input, each fact computed the first time a rule asks for it and
 * then shared by every rule and by the listening summary: the draft's text model, the customer's
 * reading, the reply's reading grade, whether each question is addressed, each topic's state.
 */
export class AnalysisContext {
  private textModel?: TextModel;
  private customerReading?: CustomerReading | null;
  private grade?: ReadingGrade | null;
  private readonly addressed = new Map<CustomerQuestion, Addressed | null>();
  private moves?: ReplyMoves;
  private readonly facts = new Map<string, unknown>();

  constructor(
    readonly input: AnalysisInput,
    private readonly readings: CustomerReadings = new CustomerReadings(),
  ) {}

  get text(): TextModel {
    return (this.textModel ??= buildTextModel(this.input.draft));
  }

  /** The customer's first name when it is known and looks like a name ("Sam" from "Sam O'Neil"). */
  get customerFirstName(): string | undefined {
    return firstNameOf(this.input.customerName);
  }

  /** What the customer's message says, when there is one. */
  get customer(): CustomerReading | undefined {
    if (this.customerReading === undefined) {
      const message = this.input.customerMessage;
      this.customerReading = message?.trim() ? this.readings.of(message) : null;
    }
    return this.customerReading ?? undefined;
  }

  /** Flesch–Kincaid grade of the reply and its hardest sentence; undefined with no words to grade. */
  get readingGrade(): ReadingGrade | undefined {
    if (this.grade === undefined) this.grade = gradeOf(this.text.sentences) ?? null;
    return this.grade ?? undefined;
  }

  /** What the reply does besides answering: redirects, links, questions back, refusals. */
  get replyMoves(): ReplyMoves {
    return (this.moves ??= replyMoves(this.text));
  }

  /** How the reply addresses one of the customer's questions, if it does (asked by a rule and by the panel's list alike). */
  addressing(question: CustomerQuestion): Addressed | undefined {
    let answer = this.addressed.get(question);
    if (answer === undefined) {
      answer = addressedHow(question, this.text, this.replyMoves) ?? null;
      this.addressed.set(question, answer);
    }
    return answer ?? undefined;
  }

  /** Whether a follow-up finding is due: a vague answer is not one (the vague-time rule speaks to it). */
  isAddressed(question: CustomerQuestion): boolean {
    return this.addressing(question) !== undefined;
  }

  /** A fact a rule computes once per analysis and shares (a topic's state for its finding and the checklist). */
  fact<T>(key: string, compute: () => T): T {
    if (!this.facts.has(key)) this.facts.set(key, compute());
    return this.facts.get(key) as T;
  }
}

