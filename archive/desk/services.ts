/**
 * What the desk needs from the inbox service (workers/desk-services.ts provides it): uploads
 * into the inbox, the intake view, retrying and re-reading PDFs, and writing a corrected result
 * to the outbox. `saraban api` serves the archive without these.
 */
import type { ProcessingResult } from '../../schemas/index.js';
import type { Receipt } from '../register/receipts.js';
import type { RegisterRow } from '../register/register-rows.js';
import type { WaitingFile } from '../../workers/inbox/waiting-files.js';

export interface UploadOutcome {
  sha256: string;
  /** The name it was given in the inbox ("NAME (2).pdf" when NAME.pdf was there). */
  fileName: string;
  size: number;
  /** The same bytes were received before: their receipt. */
  alreadyReceived: Receipt | null;
}

export interface ReadingPdf {
  sha256: string;
  file: string;
  receivedAt: string;
  stage: 'waiting' | 'inspecting' | 'reading' | 'assembling';
  pagesRead: number | null;
  pageCount: number | null;
  receipt: Receipt | null;
}

export interface QuarantinedPdf {
  /** Null for an inbox entry refused unread (a link): there is nothing to retry. */
  sha256: string | null;
  file: string;
  outputName: string;
  failedAt: string;
  /** Why, in Thai, and what to do about it. */
  reason: string;
  advice: string;
  /** The technical reason as recorded, for whoever fixes it. */
  detail: string;
}

export interface DuplicateArrival {
  at: string;
  file: string;
  duplicateOf: string;
  sha256: string;
  status: string;
  receipt: Receipt | null;
  letterId: string | null;
}

export interface IntakeView {
  waiting: WaitingFile[];
  reading: ReadingPdf[];
  delivered: RegisterRow[];
  quarantined: QuarantinedPdf[];
  duplicates: DuplicateArrival[];
}

export interface DeskServices {
  receiveUpload(input: { name: string; body: AsyncIterable<Uint8Array>; uploadedBy: string }): Promise<UploadOutcome>;
  intakeView(): Promise<IntakeView>;
  /** Queues a quarantined PDF again; false when it is not in quarantine. */
  retry(sha256: string): Promise<boolean>;
  /** Reads a delivered PDF again (corrections stay on top); false when it is not delivered. */
  reprocess(sha256: string): Promise<boolean>;
  /** Writes a corrected result to the outbox as the PDF's new revision. */
  publishRevision(result: ProcessingResult): Promise<void>;
}
