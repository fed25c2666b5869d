import type { Format } from '../args';
import type { ScanResult } from '../../scan';
import { formatJson } from './json';
import { formatSarif, type SarifOptions } from './sarif';
import { formatText, type TextReportOptions } from './text';

export type ReportOptions = TextReportOptions & SarifOptions;

export function formatReport(format: Format, result: ScanResult, options: ReportOptions): string {
  switch (format) {
    case 'json': return formatJson(result);
    case 'sarif': return formatSarif(result, options);
    case 'text': return formatText(result, options);
  }
}
