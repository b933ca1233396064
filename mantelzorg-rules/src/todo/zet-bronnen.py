#!/usr/bin/env python3
# Copies each rule's sources from bronnen/per-regel.properties into the @bron(...) of its DRL rule.
# Usage: python3 src/todo/zet-bronnen.py src/main/resources/io/github/mantelzorg/rules/drl/<topic>.drl [CODE=REF-CODE ...]
# CODE=REF-CODE uses the sources of another key (e.g. PS-27=NIEUW-initiatiefnemer-tijd).
import re, sys
per = {}
for l in open('src/main/resources/io/github/mantelzorg/rules/bronnen/per-regel.properties', encoding='utf-8'):
    l = l.rstrip('\n')
    if not l or l.startswith('#') or '=' not in l:
        continue
    k, v = l.split('=', 1)
    if '.ontwerpkeuze' in k:
        continue
    per[k.strip()] = v.strip()
f = sys.argv[1]
alias = dict(a.split('=') for a in sys.argv[2:])
s = open(f, encoding='utf-8').read()
def rep(m):
    code = m.group(1)
    key = alias.get(code, code)
    if key not in per:
        sys.exit('no sources for ' + code)
    return m.group(0)[:m.start(2) - m.start(0)] + '@bron("' + per[key].replace('"', "'") + '")' + m.group(0)[m.end(2) - m.start(0):]
s2 = re.sub(r'@code\("([A-Z]{2}-\d\d)"\)(?:(?!\nwhen).)*?(@bron\("[^"]*"\))', rep, s, flags=re.S)
open(f, 'w', encoding='utf-8').write(s2)
