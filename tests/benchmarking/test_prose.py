"""The synthetic papers' own prose (benchmarking/prose.py): no demo paper is read, and a rare word is in some
synthetic papers, not all."""

from math import comb

from benchmarking import prose, synthetic


def test_the_sentences_are_distinct_and_read_as_sentences():
    sentences = prose.sentences()
    assert len(sentences) == len(set(sentences)) == 8 * 10 * 12 + 4 * 12
    assert all(sentence[0].isupper() and sentence.endswith(".") for sentence in sentences)
    assert sentences == synthetic.PAPER_SENTENCES


def test_a_rare_word_is_in_about_one_paper_in_seven():
    sentences = prose.sentences()
    with_it = sum("tribunal" in sentence for sentence in sentences)
    per_paper = synthetic.SENTENCES_PER_PAPER
    # The chance that a paper of a dozen distinct sentences says none of them is hypergeometric.
    in_a_paper = 1 - comb(len(sentences) - with_it, per_paper) / comb(len(sentences), per_paper)
    assert 1 / 9 < in_a_paper < 1 / 6
