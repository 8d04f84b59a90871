"""The slip and where it goes: the PDF (ReportLab), and the printers that take it (a folder
of PDF files, or CUPS through `lp`)."""
