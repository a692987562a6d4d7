/** Environment the worker process passes to its sandboxed children. */
export const DATA_FOLDER_VARIABLE = 'SARABAN_DATA';
