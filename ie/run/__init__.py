"""Running the pipeline on many documents: one worker core, one bad-file
policy, three ways to spread the work.

- :mod:`.worker`: one source in, one product or one bad file's message out
  (the same in a ``--jobs`` worker, a Dask worker and the parent);
- :mod:`.local`: all cores of this machine, in input order, bounded memory;
- :mod:`.cluster`: a Dask cluster (``pip install 'ie[dask]'``);
- :mod:`.write`: the command line's jobs, written to stdout or atomically.

"""

from __future__ import annotations

from .local import documents, meeting_records, pipe, records
from .worker import DocTimeout, WorkerError, auto_jobs, cpu_count, process
from .write import Written, extract_to, meetings_to

__all__ = ["documents", "records", "meeting_records", "pipe", "extract_to", "meetings_to", "Written",
           "WorkerError", "DocTimeout", "auto_jobs", "cpu_count", "process"]
