"""Messages of reading spreadsheets from careless or hostile hands: bounds, broken parts, hidden content."""

NL: dict[str, str] = {
    "sheet.err.folder_too_large": "de CSV-bestanden in deze map zijn samen groter dan {limit} MB",
    "sheet.err.not_regular": "is geen gewoon bestand (een FIFO, socket of apparaat); bewaar de spreadsheet als bestand",
    "sheet.err.csv_utf16": "het bestand is UTF-16-gecodeerd; bewaar het als 'CSV UTF-8 (door komma's gescheiden)'",
    "sheet.err.csv_open_quote": "hier opent een aanhalingsteken dat niet sluit (binnen 131.072 tekens); sluit het "
    "of haal het weg",
    "sheet.err.csv_quote": "een aanhalingsteken midden in een cel; zet de hele cel tussen aanhalingstekens en "
    "schrijf een aanhalingsteken erin dubbel",
    "sheet.err.xlsx_part": "de werkmap mist het onderdeel {part}; bewaar hem opnieuw in Excel",
    "sheet.err.xlsx_too_large": "het onderdeel {part} van de werkmap is uitgepakt groter dan {limit} MB",
    "sheet.err.xml": "het onderdeel {part} van de werkmap is geen geldige XML (regel {line}, kolom {col}); bewaar "
    "hem opnieuw in Excel",
    "sheet.err.doctype": "het onderdeel {part} van de werkmap declareert een DOCTYPE, wat geen werkmap nodig heeft "
    "(de entiteiten erin kunnen tot gigabytes uitdijen); bewaar hem opnieuw in Excel",
    "sheet.err.only_charts": "de werkmap bevat alleen grafiekbladen, geen werkblad met een tabel",
    "sheet.err.no_sheets": "de werkmap bevat geen werkblad",
    "sheet.err.shared_strings": "de werkmap bevat meer tekst dan verbinder leest (grens: {limit})",
    "sheet.err.row_ref": "rijnummer '{ref}' bestaat niet op een werkblad (1 tot en met 1.048.576); bewaar de "
    "werkmap opnieuw in Excel",
    "sheet.err.cell_ref": "celverwijzing '{ref}' is geen cel van rij {row} (kolommen A tot en met XFD); bewaar de "
    "werkmap opnieuw in Excel",
    "sheet.err.cells": "meer dan {limit} gevulde cellen",
    "sheet.err.csv_cells": "het bestand kan meer dan {limit} cellen bevatten (geteld aan de scheidingstekens, voor "
    "het lezen); splits het of laat lege kolommen weg",
    "sheet.err.shared_index": "de cel verwijst naar tekst nummer {index}, die de werkmap niet bevat; bewaar hem "
    "opnieuw in Excel",
    "sheet.err.bool_cell": "'{value}' staat opgeslagen als waar/onwaar maar is geen van beide",
    "sheet.err.number_cell": "'{value}' staat opgeslagen als getal maar is er geen; typ de waarde opnieuw",
    "sheet.err.date_serial": "'{value}' staat opgeslagen als datum maar zo ver loopt geen kalender",
    "sheet.err.no_actor": "'{value}' noemt geen actor: er staat geen letter of cijfer in",
    "sheet.warn.hidden_sheet": "werkblad '{table}' is verborgen en wordt toch gelezen; maak het zichtbaar om te "
    "zien wat erin staat",
    "sheet.warn.hidden_rows": "{count:deze verborgen rij wordt toch gelezen; maak hem zichtbaar om te zien wat erin "
    "staat|# verborgen rijen worden toch gelezen (de eerste is deze); maak ze zichtbaar om te zien wat erin staat}",
    "sheet.warn.formula": "een formule zonder berekende waarde wordt als leeg gelezen; open de werkmap in Excel en "
    "bewaar hem",
    "sheet.warn.error_value": "de cel bevat de fout {value} en wordt als leeg gelezen",
    "sheet.warn.future_date": "{value} ligt in de toekomst; een beoordeling heeft al plaatsgevonden",
}

EN: dict[str, str] = {
    "sheet.err.folder_too_large": "the CSV files of this folder are together larger than {limit} MB",
    "sheet.err.not_regular": "is not a regular file (a FIFO, socket or device); save the spreadsheet as a file",
    "sheet.err.csv_utf16": "the file is UTF-16 encoded; save it as 'CSV UTF-8 (comma delimited)'",
    "sheet.err.csv_open_quote": "a quote opens here and is not closed (within 131,072 characters); close it or "
    "remove it",
    "sheet.err.csv_quote": "a quote in the middle of a cell; put the whole cell in quotes and write a quote inside "
    "it twice",
    "sheet.err.xlsx_part": "the workbook lacks its part {part}; save it again in Excel",
    "sheet.err.xlsx_too_large": "the part {part} of the workbook is larger than {limit} MB unpacked",
    "sheet.err.xml": "the part {part} of the workbook is not well-formed XML (line {line}, column {col}); save it "
    "again in Excel",
    "sheet.err.doctype": "the part {part} of the workbook declares a DOCTYPE, which no workbook needs (its entities "
    "can expand to gigabytes); save it again in Excel",
    "sheet.err.only_charts": "the workbook holds only chart sheets, no worksheet with a table",
    "sheet.err.no_sheets": "the workbook holds no worksheet",
    "sheet.err.shared_strings": "the workbook holds more text than verbinder reads (limit: {limit})",
    "sheet.err.row_ref": "row number '{ref}' is not a row of a sheet (1 to 1,048,576); save the workbook again in "
    "Excel",
    "sheet.err.cell_ref": "cell reference '{ref}' is not a cell of row {row} (columns A to XFD); save the workbook "
    "again in Excel",
    "sheet.err.cells": "more than {limit} filled cells",
    "sheet.err.csv_cells": "the file may hold more than {limit} cells (counted from its separators, before reading "
    "it); split it or leave out empty columns",
    "sheet.err.shared_index": "the cell points at text number {index}, which the workbook does not hold; save it "
    "again in Excel",
    "sheet.err.bool_cell": "'{value}' is stored as true/false but is neither",
    "sheet.err.number_cell": "'{value}' is stored as a number but is not one; type the value again",
    "sheet.err.date_serial": "'{value}' is stored as a date but no calendar goes that far",
    "sheet.err.no_actor": "'{value}' names no actor: it holds no letter or digit",
    "sheet.warn.hidden_sheet": "sheet '{table}' is hidden and is read all the same; show it to see what it holds",
    "sheet.warn.hidden_rows": "{count:this hidden row is read all the same; show it to see what it holds|# hidden "
    "rows are read all the same (the first is this one); show them to see what they hold}",
    "sheet.warn.formula": "a formula without a computed value is read as empty; open the workbook in Excel and save it",
    "sheet.warn.error_value": "the cell holds the error {value} and is read as empty",
    "sheet.warn.future_date": "{value} is in the future; an assessment has already taken place",
}
