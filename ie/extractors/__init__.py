"""Rule layers, one module per label, each an extractor ``__call__(ctx)``.

An extractor reads the reading text through a :class:`ie.pipeline.Context`
and returns reading-offset spans made with ``ctx.span``; the pipeline maps
them back to the original once.
"""
