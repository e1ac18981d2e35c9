"""Referral patterns: foot and leg (muscles added after the first eighty).

Drawn after the charts of Travell & Simons and Davies, within the regions each point's
<referral> names in content/muscles/<id>.xml; see patterns.py for the primitives and the
coordinates."""

PATTERNS = {}
