//! What a new item starts with, named once: a channel's usual limit and formats for its
//! platform, the usual coverage hours, the channel a new channel version targets.

use crate::document::{
    Channel, ChannelCodes, Charter, CoverageSlot, Platform, ReplyTemplate, Weekday,
};
use crate::labels::labels;
use crate::lang::Lang;
use crate::lines::Lines;

impl Platform {
    /// The longest reply the platform accepts, in characters, where it sets one.
    pub fn reply_limit(self) -> Option<u32> {
        match self {
            Platform::Instagram => Some(2200),
            Platform::Tiktok => Some(150),
            Platform::X => Some(280),
            Platform::Facebook => Some(8000),
            Platform::Linkedin => Some(1250),
            Platform::Youtube => Some(10000),
            Platform::Discord => Some(2000),
            // Google's owner replies take 4,096 characters, Tripadvisor's management responses
            // 5,000; Trustpilot does not publish its figure, so none is assumed
            Platform::GoogleReviews => Some(4096),
            Platform::Tripadvisor => Some(5000),
            Platform::Forum | Platform::Email | Platform::Trustpilot | Platform::Custom => None,
        }
    }
}

impl Channel {
    /// A channel on `platform` with the platform's reply limit and usual formats, named after
    /// it, in the charter's language.
    pub fn for_platform(platform: Platform, lang: Lang) -> Channel {
        let l = labels(lang);
        Channel {
            platform,
            name: match platform {
                Platform::Custom => String::new(),
                other => (l.platform)(other).to_owned(),
            },
            reply_length_limit: platform.reply_limit(),
            codes: ChannelCodes {
                formats: (l.platform_formats)(platform)
                    .iter()
                    .copied()
                    .collect::<Lines>(),
                ..ChannelCodes::default()
            },
            ..Channel::default()
        }
    }
}

impl CoverageSlot {
    /// Office hours, the usual first answer: Monday to Friday, 09:00–18:00.
    pub fn office_hours() -> CoverageSlot {
        CoverageSlot {
            days: Weekday::ALL[..5].to_vec(),
            start: "09:00".into(),
            end: "18:00".into(),
        }
    }
}

impl ReplyTemplate {
    /// The channel a new channel version of this template is for: the template's first
    /// channel, else the charter's first, else none yet.
    pub fn next_variant_channel(&self, charter: &Charter) -> String {
        self.channel_ids
            .first()
            .or_else(|| charter.channels.first().map(|c| &c.id))
            .cloned()
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_start_from_their_platform_defaults() {
        let channel = Channel::for_platform(Platform::X, Lang::Fr);
        assert_eq!(channel.name, "X");
        assert_eq!(channel.reply_length_limit, Some(280));
        assert_eq!(channel.codes.formats.raw(), ["messages courts", "fils"]);
        let custom = Channel::for_platform(Platform::Custom, Lang::En);
        assert_eq!(
            (custom.name.as_str(), custom.reply_length_limit),
            ("", None)
        );
    }

    #[test]
    fn coverage_starts_with_office_hours() {
        let slot = CoverageSlot::office_hours();
        assert_eq!(
            slot.days,
            [
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri
            ]
        );
        assert_eq!((slot.start.as_str(), slot.end.as_str()), ("09:00", "18:00"));
    }

    #[test]
    fn a_new_variant_targets_the_template_channel_first() {
        let mut charter = Charter::default();
        let mut template = ReplyTemplate::default();
        assert_eq!(template.next_variant_channel(&charter), "");
        charter.channels.push(Channel {
            id: "channel-1".into(),
            ..Channel::default()
        });
        assert_eq!(template.next_variant_channel(&charter), "channel-1");
        template.channel_ids.push("channel-7".into());
        assert_eq!(template.next_variant_channel(&charter), "channel-7");
    }
}
