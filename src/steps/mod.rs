//! The wizard's steps, one file each, in order.

pub mod brand_voice;
pub mod channels;
pub mod choices;
pub mod crisis;
pub mod engagement;
pub mod moderation;
pub mod personas;
pub mod practice;
pub mod response_times;
pub mod review;
pub mod start;
pub mod templates;

pub use brand_voice::BrandVoiceStep;
pub use channels::ChannelsStep;
pub use crisis::CrisisStep;
pub use engagement::EngagementStep;
pub use moderation::ModerationStep;
pub use personas::PersonasStep;
pub use response_times::ResponseTimesStep;
pub use review::ReviewStep;
pub use start::StartStep;
pub use templates::TemplatesStep;
