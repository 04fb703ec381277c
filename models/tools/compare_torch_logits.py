#!/usr/bin/python3
"""Compares `copydeck model logits DIR --ids ... --dump FILE` with ../shared/bench/torch_gpt2.py.

    /usr/bin/python3 models/tools/compare_torch_logits.py DIR 464,7124,4811 FILE [path/to/torch_gpt2.py]

Loads the same HF folder with the PyTorch reference, computes the last position's logits and prints
the max absolute difference against the float32 dump written by the Java side.
"""
import importlib.util, json, os, sys
import numpy as np
import torch

folder, ids, dump = sys.argv[1], [int(x) for x in sys.argv[2].split(',')], sys.argv[3]
ref = sys.argv[4] if len(sys.argv) > 4 else os.path.join(os.path.dirname(__file__), '../../../shared/bench/torch_gpt2.py')
spec = importlib.util.spec_from_file_location('torch_gpt2', ref)
tg = importlib.util.module_from_spec(spec); spec.loader.exec_module(tg)
cfg = json.load(open(os.path.join(folder, 'config.json')))
model = tg.GPT2(cfg, tg.load_safetensors(os.path.join(folder, 'model.safetensors')))
with torch.inference_mode():
    logits, _ = model.forward(torch.tensor([ids]))
expected = logits[0, -1].numpy()
actual = np.fromfile(dump, dtype='<f4')
diff = np.abs(expected - actual)
print(json.dumps({'max_abs_diff': float(diff.max()), 'mean_abs_diff': float(diff.mean()),
                  'argmax_torch': int(expected.argmax()), 'argmax_java': int(actual.argmax()),
                  'logit_range': [float(expected.min()), float(expected.max())]}))
