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

impl Scenario {
    pub const ALL: [Scenario; 4] = [
        Scenario::LateDelivery,
        Scenario::BugReviews,
        Scenario::TrollUnderPosts,
        Scenario::CrisisWave,
    ];

    pub fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Scenario::LateDelivery, Lang::Fr) => "Une livraison en retard",
            (Scenario::LateDelivery, Lang::En) => "A late delivery",
            (Scenario::BugReviews, Lang::Fr) => "Des avis négatifs après un bug",
            (Scenario::BugReviews, Lang::En) => "Negative reviews after a bug",
            (Scenario::TrollUnderPosts, Lang::Fr) => "Un troll sous chaque publication",
            (Scenario::TrollUnderPosts, Lang::En) => "A troll under every post",
            (Scenario::CrisisWave, Lang::Fr) => "Une vague de crise",
            (Scenario::CrisisWave, Lang::En) => "A crisis wave",
        }
    }

    /// The message the team answers, for one kind of reply.
    pub fn incoming(self, kind: Situation, lang: Lang) -> &'static str {
        use Scenario::*;
        use Situation::*;
        match (self, kind, lang) {
            (LateDelivery, PositiveReview, Lang::Fr) => {
                "Enfin arrivée, et elle est magnifique ! Ma fille ne veut plus l’éteindre."
            }
            (LateDelivery, PositiveReview, Lang::En) => {
                "Finally arrived, and it’s gorgeous! My daughter won’t switch it off."
            }
            (LateDelivery, NegativeReview, Lang::Fr) => {
                "Commandée il y a deux semaines pour un anniversaire, toujours rien. Très déçue."
            }
            (LateDelivery, NegativeReview, Lang::En) => {
                "Ordered two weeks ago for a birthday, still nothing. Very disappointed."
            }
            (LateDelivery, Troll, Lang::Fr) => {
                "Boutique d’escrocs, ils encaissent et n’envoient jamais rien, fuyez !!!"
            }
            (LateDelivery, Troll, Lang::En) => {
                "Scam shop, they take your money and never ship, run!!!"
            }
            (BugReviews, PositiveReview, Lang::Fr) => {
                "La mise à jour corrective a tout réglé, merci pour la réactivité."
            }
            (BugReviews, PositiveReview, Lang::En) => {
                "The fix update sorted everything out, thanks for being so quick."
            }
            (BugReviews, NegativeReview, Lang::Fr) => {
                "Depuis la mise à jour, la veilleuse ne répond plus à l’appli. Une étoile."
            }
            (BugReviews, NegativeReview, Lang::En) => {
                "Since the update the night light ignores the app. One star."
            }
            (BugReviews, Troll, Lang::Fr) => {
                "Des incapables qui sortent des mises à jour sans tester, comme d’habitude."
            }
            (BugReviews, Troll, Lang::En) => "Clowns shipping updates without testing, as usual.",
            (TrollUnderPosts, PositiveReview, Lang::Fr) => {
                "Ne l’écoutez pas, on adore nos deux veilleuses à la maison."
            }
            (TrollUnderPosts, PositiveReview, Lang::En) => {
                "Don’t listen to him, we love both our night lights at home."
            }
            (TrollUnderPosts, NegativeReview, Lang::Fr) => {
                "Franchement le prix est abusé pour une simple lampe."
            }
            (TrollUnderPosts, NegativeReview, Lang::En) => {
                "Honestly, the price is outrageous for a simple lamp."
            }
            (TrollUnderPosts, Troll, Lang::Fr) => {
                "Marque nulle, produits nuls, community manager nul. LOL."
            }
            (TrollUnderPosts, Troll, Lang::En) => {
                "Lame brand, lame products, lame community manager. LOL."
            }
            (CrisisWave, PositiveReview, Lang::Fr) => {
                "Merci de nous tenir au courant heure par heure, c’est rare."
            }
            (CrisisWave, PositiveReview, Lang::En) => {
                "Thanks for keeping us posted hour by hour, that’s rare."
            }
            (CrisisWave, NegativeReview, Lang::Fr) => {
                "Une veilleuse qui chauffe dans une chambre d’enfant ? Je veux des réponses."
            }
            (CrisisWave, NegativeReview, Lang::En) => {
                "A night light that heats up in a child’s room? I want answers."
            }
            (CrisisWave, Troll, Lang::Fr) => {
                "Vous allez finir par mettre le feu à une maison, bravo."
            }
            (CrisisWave, Troll, Lang::En) => {
                "You’ll end up burning someone’s house down, well done."
            }
            (_, _, Lang::Fr) => "",
            (_, _, Lang::En) => "",
        }
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
