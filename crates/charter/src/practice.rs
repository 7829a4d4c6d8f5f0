//! The workshop exercise: a scenario, three incoming messages (a positive review, a negative
//! review, a troll), and the three replies the team writes to them. Written for the app's
//! practice panel; the messages are in the language the team practises in.

use crate::document::Situation;
use crate::lang::Lang;

/// The scenarios of the exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    LateDelivery,
    BugReviews,
    TrollUnderPosts,
    CrisisWave,
}

/// The three replies of the exercise, in order.
pub const KINDS: [Situation; 3] = [
    Situation::PositiveReview,
    Situation::NegativeReview,
    Situation::Troll,
];

crate::catalogue! {
    /// The exercise's words, in the language of the replies.
    struct PracticeWords;
    title: fn(Scenario) -> &'static str {
        fr: |scenario| match scenario {
            Scenario::LateDelivery => "Une livraison en retard",
            Scenario::BugReviews => "Des avis négatifs après un bug",
            Scenario::TrollUnderPosts => "Un troll sous chaque publication",
            Scenario::CrisisWave => "Une vague de crise",
        },
        en: |scenario| match scenario {
            Scenario::LateDelivery => "A late delivery",
            Scenario::BugReviews => "Negative reviews after a bug",
            Scenario::TrollUnderPosts => "A troll under every post",
            Scenario::CrisisWave => "A crisis wave",
        },
    }
    /// The messages to answer, in the order of [`KINDS`].
    incoming: fn(Scenario) -> [&'static str; 3] {
        fr: |scenario| match scenario {
            Scenario::LateDelivery => [
                "Enfin arrivée, et elle est magnifique ! Ma fille ne veut plus l’éteindre.",
                "Commandée il y a deux semaines pour un anniversaire, toujours rien. Très déçue.",
                "Boutique d’escrocs, ils encaissent et n’envoient jamais rien, fuyez !!!",
            ],
            Scenario::BugReviews => [
                "La mise à jour corrective a tout réglé, merci pour la réactivité.",
                "Depuis la mise à jour, la veilleuse ne répond plus à l’appli. Une étoile.",
                "Des incapables qui sortent des mises à jour sans tester, comme d’habitude.",
            ],
            Scenario::TrollUnderPosts => [
                "Ne l’écoutez pas, on adore nos deux veilleuses à la maison.",
                "Franchement le prix est abusé pour une simple lampe.",
                "Marque nulle, produits nuls, community manager nul. LOL.",
            ],
            Scenario::CrisisWave => [
                "Merci de nous tenir au courant heure par heure, c’est rare.",
                "Une veilleuse qui chauffe dans une chambre d’enfant ? Je veux des réponses.",
                "Vous allez finir par mettre le feu à une maison, bravo.",
            ],
        },
        en: |scenario| match scenario {
            Scenario::LateDelivery => [
                "Finally arrived, and it’s gorgeous! My daughter won’t switch it off.",
                "Ordered two weeks ago for a birthday, still nothing. Very disappointed.",
                "Scam shop, they take your money and never ship, run!!!",
            ],
            Scenario::BugReviews => [
                "The fix update sorted everything out, thanks for being so quick.",
                "Since the update the night light ignores the app. One star.",
                "Clowns shipping updates without testing, as usual.",
            ],
            Scenario::TrollUnderPosts => [
                "Don’t listen to him, we love both our night lights at home.",
                "Honestly, the price is outrageous for a simple lamp.",
                "Lame brand, lame products, lame community manager. LOL.",
            ],
            Scenario::CrisisWave => [
                "Thanks for keeping us posted hour by hour, that’s rare.",
                "A night light that heats up in a child’s room? I want answers.",
                "You’ll end up burning someone’s house down, well done.",
            ],
        },
    }
}

impl Scenario {
    pub const ALL: [Scenario; 4] = [
        Scenario::LateDelivery,
        Scenario::BugReviews,
        Scenario::TrollUnderPosts,
        Scenario::CrisisWave,
    ];

    pub fn title(self, lang: Lang) -> &'static str {
        (PracticeWords::get(lang).title)(self)
    }

    /// The message the team answers, for one kind of reply (empty for a kind the exercise
    /// does not have).
    pub fn incoming(self, kind: Situation, lang: Lang) -> &'static str {
        let messages = (PracticeWords::get(lang).incoming)(self);
        KINDS
            .iter()
            .position(|&k| k == kind)
            .map_or("", |i| messages[i])
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scenario_has_three_messages_in_both_languages() {
        for scenario in Scenario::ALL {
            for lang in Lang::ALL {
                assert!(!scenario.title(lang).is_empty());
                for kind in KINDS {
                    assert!(
                        !scenario.incoming(kind, lang).is_empty(),
                        "{scenario:?} {kind:?} {lang:?}"
                    );
                }
            }
        }
    }
}
