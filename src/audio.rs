//! Read-aloud: plays narration clips on a dedicated audio thread.
//!
//! The sound device is opened the first time something is played, so the app
//! starts just as fast on a PC without sound. Every failure is a value
//! ([`Outcome`]), never a panic: the Läs upp button then explains in plain
//! words that sound does not work on this computer.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What happened when a clip was asked to play.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The clip is playing; `latency` is the time from the request until the
    /// first decoded samples were handed to the output.
    Playing {
        /// Request → first samples queued.
        latency: Duration,
    },
    /// No sound device could be opened.
    NoDevice(String),
    /// The clip file does not exist.
    MissingClip(PathBuf),
    /// The clip could not be read or decoded.
    BadClip(String),
    /// The audio thread is gone (should not happen).
    Unavailable,
}

/// Where decoded sound goes: the real device, or a silent sink in tests.
pub trait Output: Send + 'static {
    /// Plays `sources` one after another at `volume` (0.0–1.0), replacing
    /// anything playing.
    fn play(&mut self, sources: Vec<Clip>, volume: f32);
    /// Stops playback.
    fn stop(&mut self);
    /// Changes the volume of what is playing.
    fn set_volume(&mut self, volume: f32);
}

/// A decoded clip ready to play.
pub type Clip = rodio::Decoder<std::io::BufReader<std::fs::File>>;

/// Opens an [`Output`], or says why it cannot.
pub type Opener = fn() -> Result<Box<dyn Output>, String>;

/// The computer's default sound device.
struct Device {
    sink: rodio::stream::MixerDeviceSink,
    player: Option<rodio::Player>,
}

impl Output for Device {
    fn play(&mut self, sources: Vec<Clip>, volume: f32) {
        if let Some(old) = self.player.take() {
            old.stop();
        }
        let player = rodio::Player::connect_new(self.sink.mixer());
        player.set_volume(volume);
        for source in sources {
            player.append(source);
        }
        self.player = Some(player);
    }

    fn stop(&mut self) {
        if let Some(player) = self.player.take() {
            player.stop();
        }
    }

    fn set_volume(&mut self, volume: f32) {
        if let Some(player) = &self.player {
            player.set_volume(volume);
        }
    }
}

/// Opens the default sound device.
pub fn open_device() -> Result<Box<dyn Output>, String> {
    let mut sink = rodio::DeviceSinkBuilder::open_default_sink().map_err(|e| e.to_string())?;
    sink.log_on_drop(false);
    Ok(Box::new(Device { sink, player: None }))
}

enum Request {
    Play {
        paths: Vec<PathBuf>,
        volume: f32,
        asked: Instant,
        reply: mpsc::Sender<Outcome>,
    },
    Stop,
    Volume(f32),
}

/// A handle to the audio thread. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Audio {
    tx: mpsc::Sender<Request>,
}

impl Audio {
    /// Starts the audio thread using the real sound device.
    pub fn start() -> Audio {
        Audio::start_with(open_device)
    }

    /// Starts the audio thread with another output (tests, benchmarks).
    pub fn start_with(opener: Opener) -> Audio {
        let (tx, rx) = mpsc::channel::<Request>();
        let spawned = std::thread::Builder::new()
            .name("stegvis-audio".into())
            .spawn(move || run(rx, opener));
        if let Err(e) = spawned {
            eprintln!("Stegvis: could not start the audio thread: {e}");
        }
        Audio { tx }
    }

    /// Asks for `path` to be played; the reply arrives on the returned channel.
    pub fn play(&self, path: &Path, volume: f32) -> mpsc::Receiver<Outcome> {
        self.play_all(&[path.to_path_buf()], volume)
    }

    /// Asks for `paths` to be played one after another.
    pub fn play_all(&self, paths: &[PathBuf], volume: f32) -> mpsc::Receiver<Outcome> {
        let (reply, rx) = mpsc::channel();
        let request = Request::Play {
            paths: paths.to_vec(),
            volume: volume.clamp(0.0, 1.0),
            asked: Instant::now(),
            reply: reply.clone(),
        };
        if self.tx.send(request).is_err() {
            let _ = reply.send(Outcome::Unavailable);
        }
        rx
    }

    /// Plays `path` and waits (at most a few seconds) for the outcome.
    pub fn play_and_wait(&self, path: &Path, volume: f32) -> Outcome {
        self.play_all_and_wait(&[path.to_path_buf()], volume)
    }

    /// Plays `paths` in sequence and waits (at most a few seconds) for the outcome.
    pub fn play_all_and_wait(&self, paths: &[PathBuf], volume: f32) -> Outcome {
        self.play_all(paths, volume)
            .recv_timeout(Duration::from_secs(5))
            .unwrap_or(Outcome::Unavailable)
    }

    /// Stops what is playing.
    pub fn stop(&self) {
        let _ = self.tx.send(Request::Stop);
    }

    /// Changes the volume (0.0–1.0).
    pub fn set_volume(&self, volume: f32) {
        let _ = self.tx.send(Request::Volume(volume.clamp(0.0, 1.0)));
    }
}

fn run(rx: mpsc::Receiver<Request>, opener: Opener) {
    let mut output: Option<Box<dyn Output>> = None;
    for request in rx {
        match request {
            Request::Play {
                paths,
                volume,
                asked,
                reply,
            } => {
                let outcome = play_clips(&mut output, opener, &paths, volume, asked);
                let _ = reply.send(outcome);
            }
            Request::Stop => {
                if let Some(out) = output.as_mut() {
                    out.stop();
                }
            }
            Request::Volume(v) => {
                if let Some(out) = output.as_mut() {
                    out.set_volume(v);
                }
            }
        }
    }
}

fn decode(path: &Path) -> Result<Clip, Outcome> {
    if !path.is_file() {
        return Err(Outcome::MissingClip(path.to_path_buf()));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| Outcome::BadClip(format!("{}: {e}", path.display())))?;
    rodio::Decoder::try_from(file).map_err(|e| Outcome::BadClip(format!("{}: {e}", path.display())))
}

fn play_clips(
    output: &mut Option<Box<dyn Output>>,
    opener: Opener,
    paths: &[PathBuf],
    volume: f32,
    asked: Instant,
) -> Outcome {
    let mut clips = Vec::with_capacity(paths.len());
    for path in paths {
        match decode(path) {
            Ok(clip) => clips.push(clip),
            Err(outcome) => return outcome,
        }
    }
    if output.is_none() {
        match opener() {
            Ok(out) => *output = Some(out),
            Err(e) => return Outcome::NoDevice(e),
        }
    }
    match output.as_mut() {
        Some(out) => {
            out.play(clips, volume);
            Outcome::Playing {
                latency: asked.elapsed(),
            }
        }
        None => Outcome::Unavailable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_device() -> Result<Box<dyn Output>, String> {
        Err("no sound card".into())
    }

    #[test]
    fn missing_clip_is_reported_not_panicked() {
        let audio = Audio::start_with(no_device);
        let outcome = audio.play_and_wait(Path::new("/nonexistent/clip.ogg"), 1.0);
        assert!(matches!(outcome, Outcome::MissingClip(_)), "{outcome:?}");
    }

    #[test]
    fn garbage_clip_is_a_bad_clip() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("bad.ogg");
        std::fs::write(&path, b"this is not audio").expect("write");
        let audio = Audio::start_with(no_device);
        assert!(matches!(
            audio.play_and_wait(&path, 1.0),
            Outcome::BadClip(_)
        ));
    }
}
