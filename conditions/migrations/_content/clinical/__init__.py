"""Reviewed clinical content for HipGuide: condition pages, warning signs and site texts.

Plain Python data, no Django imports, so a data migration can import it safely.
Emergency numbers are never written out: "{number}" stands for the site's
editable emergency number setting.
"""
