"""Opens each .xlsx given on the command line with openpyxl, a reader independent of ExcelJS,
loads every sheet (cells, tables, charts), saves it again as an editor would, and prints one
JSON object: {path: {"sheets": [{"name", "rows", "tables", "charts"}]}} or {path: {"error"}}."""
import json
import os
import sys
import tempfile

import openpyxl

result = {}
for path in sys.argv[1:]:
    try:
        workbook = openpyxl.load_workbook(path)
        sheets = []
        for ws in workbook.worksheets:
            rows = sum(1 for _ in ws.iter_rows(values_only=True))
            sheets.append({"name": ws.title, "rows": rows, "tables": sorted(ws.tables.keys()),
                           "charts": len(ws._charts)})
        with tempfile.TemporaryDirectory() as folder:
            copy = os.path.join(folder, "copy.xlsx")
            workbook.save(copy)
            openpyxl.load_workbook(copy)
        result[path] = {"sheets": sheets}
    except Exception as error:  # the test reports the reader's own words
        result[path] = {"error": f"{type(error).__name__}: {error}"}
print(json.dumps(result))
