"""The "Berichte" dialog: funders' figures as tables and charts, exported as PDF or CSV."""
