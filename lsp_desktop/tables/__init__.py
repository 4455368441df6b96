"""The data tables as rows, spreadsheets in and out, and the plan shown before an import writes."""
