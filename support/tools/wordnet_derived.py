"""Writes a file derived from WordNet 3.0 to stdout: a header of '#' lines (what it is, WordNet's licence,
the SHA-256 of the lines below it, which RelatedWordsTest checks so that a hand edit shows), then the lines."""
import hashlib
import sys

LICENCE = ('WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet 3.0 licence:',
           'permission to use, copy, modify and distribute for any purpose and without fee; provided AS IS, without warranties.')


def write(description, lines):
    body = ''.join(line + '\n' for line in lines)
    for line in (*description, *LICENCE, 'sha256 of the lines below: ' + hashlib.sha256(body.encode('utf-8')).hexdigest()):
        print('# ' + line)
    sys.stdout.write(body)
