//! The reply checker on the labelled corpus in `tests/replies/`: each reply says which rules
//! must fire; every other rule that applies to its situation must not. Prints precision and
//! recall per rule and overall, and fails below the thresholds.

use std::collections::{BTreeMap, BTreeSet};

use charter::checker::{check, Context, Rule};
use charter::document::{Situation, Visibility};
use charter::json::from_json;
use charter::Lang;
use serde::Deserialize;

const MIN_PRECISION: f64 = 0.9;
const MIN_RECALL: f64 = 0.9;

#[derive(Deserialize)]
struct Corpus {
    replies: Vec<Reply>,
}

#[derive(Deserialize)]
struct Reply {
    id: String,
    lang: Lang,
    situation: Situation,
    visibility: Visibility,
    channels: Vec<String>,
    text: String,
    must: Vec<String>,
}

/// The rules that apply to a reply, by situation and language.
fn applicable(reply: &Reply) -> BTreeSet<Rule> {
    let mut rules: BTreeSet<Rule> = match reply.situation {
        Situation::Complaint if reply.visibility == Visibility::Public => [
            Rule::EmpathyFirst,
            Rule::NoExcuse,
            Rule::NextStep,
            Rule::PrivateChannel,
        ]
        .into(),
        Situation::Complaint | Situation::NegativeReview => {
            [Rule::EmpathyFirst, Rule::NoExcuse, Rule::NextStep].into()
        }
        Situation::PositiveReview => [Rule::Thanks].into(),
        Situation::Troll => [Rule::RulesRecall, Rule::Neutral, Rule::DoorOpen].into(),
        _ => BTreeSet::new(),
    };
    if !matches!(reply.situation, Situation::Troll | Situation::Crisis) {
        rules.insert(Rule::Name);
    }
    if reply.lang == Lang::Fr {
        rules.insert(Rule::Address);
    }
    rules.extend([
        Rule::AvoidWords,
        Rule::Emoji,
        Rule::Length,
        Rule::Placeholders,
    ]);
    rules
}

#[test]
fn precision_and_recall_on_the_labelled_corpus() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/replies");
    let charter = from_json(&std::fs::read(format!("{root}/charter.json")).unwrap())
        .unwrap()
        .charter;
    let corpus: Corpus =
        serde_json::from_slice(&std::fs::read(format!("{root}/corpus.json")).unwrap()).unwrap();
    assert!(
        corpus.replies.len() >= 60,
        "the corpus needs at least 60 replies"
    );
    for lang in Lang::ALL {
        for situation in [
            Situation::Complaint,
            Situation::NegativeReview,
            Situation::PositiveReview,
            Situation::Troll,
        ] {
            let (good, bad): (Vec<&Reply>, Vec<&Reply>) = corpus
                .replies
                .iter()
                .filter(|r| r.lang == lang && r.situation == situation)
                .partition(|r| r.must.is_empty());
            assert!(
                !good.is_empty() && !bad.is_empty(),
                "{lang:?} {situation:?}: good and bad replies"
            );
        }
    }

    // per rule: (true positives, false positives, false negatives)
    let mut counts: BTreeMap<Rule, (u32, u32, u32)> = BTreeMap::new();
    let mut mistakes = Vec::new();
    for reply in &corpus.replies {
        let must: BTreeSet<Rule> = reply
            .must
            .iter()
            .map(|id| {
                Rule::from_id(id).unwrap_or_else(|| panic!("{}: unknown rule {id}", reply.id))
            })
            .collect();
        let applicable = applicable(reply);
        assert!(
            must.is_subset(&applicable),
            "{}: labels a rule that does not apply",
            reply.id
        );
        let context = Context {
            charter: &charter,
            situation: reply.situation,
            visibility: reply.visibility,
            channel_ids: &reply.channels,
            lang: reply.lang,
        };
        let found: BTreeSet<Rule> = check(&reply.text, &context)
            .iter()
            .map(|f| f.rule)
            .collect();
        for &rule in &applicable {
            let entry = counts.entry(rule).or_default();
            match (must.contains(&rule), found.contains(&rule)) {
                (true, true) => entry.0 += 1,
                (false, true) => {
                    entry.1 += 1;
                    mistakes.push(format!("{}: {} fired but should not", reply.id, rule.id()));
                }
                (true, false) => {
                    entry.2 += 1;
                    mistakes.push(format!("{}: {} missed", reply.id, rule.id()));
                }
                (false, false) => {}
            }
        }
    }
    let ratio = |a: u32, b: u32| {
        if a + b == 0 {
            1.0
        } else {
            f64::from(a) / f64::from(a + b)
        }
    };
    println!(
        "{:<18}{:>5}{:>5}{:>5}{:>11}{:>9}",
        "rule", "TP", "FP", "FN", "precision", "recall"
    );
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for (rule, (t, f, n)) in &counts {
        println!(
            "{:<18}{t:>5}{f:>5}{n:>5}{:>11.2}{:>9.2}",
            rule.id(),
            ratio(*t, *f),
            ratio(*t, *n)
        );
        tp += t;
        fp += f;
        fn_ += n;
    }
    let (precision, recall) = (ratio(tp, fp), ratio(tp, fn_));
    println!(
        "{:<18}{tp:>5}{fp:>5}{fn_:>5}{precision:>11.2}{recall:>9.2}",
        "all"
    );
    println!(
        "{} replies; mistakes:\n  {}",
        corpus.replies.len(),
        mistakes.join("\n  ")
    );
    assert!(
        precision >= MIN_PRECISION && recall >= MIN_RECALL,
        "precision {precision:.2}, recall {recall:.2}"
    );
}
