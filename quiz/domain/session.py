"""A quiz in progress: which questions, in which order, what was answered, the score. (STUB: contract.)

Responses by type:
- MultipleChoice / Cloze with choices: ``int`` — index into ``PresentedQuestion.choices``
- TrueFalse: ``bool``
- ShortAnswer / Cloze without choices: ``str`` (typed)
- Ordering: ``tuple[int, ...]`` — the learner's order, as indices into ``PresentedQuestion.items``
- Matching: ``tuple[int, ...]`` — for each left ``i``, the index into ``PresentedQuestion.rights`` chosen
"""

from __future__ import annotations
