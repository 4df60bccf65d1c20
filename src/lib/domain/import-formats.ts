import { ACLED_REQUIRED, acledIncident } from './import-acled';
import { acledExportImporter, isAcledExport } from './import-acled-export';
import { GTD_REQUIRED, gtdIncident } from './import-gtd';
import type { ImportFormat } from './import-row';
import { UCDP_REQUIRED, ucdpImporter } from './import-ucdp';

/** The CSV formats `npm run data:import` reads, by the name given to `--format`. */
export const CSV_FORMATS = {
	acled: {
		name: 'ACLED',
		required: ACLED_REQUIRED,
		// A file with our own columns beside ACLED's is our export: read it back as its inverse.
		importer: (header) => (isAcledExport(header) ? acledExportImporter : acledIncident)
	},
	ucdp: { name: 'UCDP GED', required: UCDP_REQUIRED, importer: ucdpImporter },
	gtd: { name: 'GTD', required: GTD_REQUIRED, importer: () => gtdIncident }
} satisfies Record<string, ImportFormat>;

export type CsvFormatName = keyof typeof CSV_FORMATS;

export function isCsvFormat(name: string): name is CsvFormatName {
	return Object.hasOwn(CSV_FORMATS, name);
}
