"""The fix engine: what a file over the limit or in the wrong form is turned into.

Photos into one PDF, a picture shrunk, a scanned PDF compressed to fit, a page turned;
the registry of fixes (which one is offered for which files) and the codecs, the byte
budget and the reading of where pictures sit on a page that they share."""
