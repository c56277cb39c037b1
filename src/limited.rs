//! Reading files that anyone could have put in place (lessons, their
//! pictures) without trusting them: only regular files, and never more
//! than a fixed number of bytes. A named pipe or a device is refused before
//! it is opened, so reading never waits forever; the size is checked on
//! what is read, not on what the file system claims (0 for a device).

use std::io::{Error, ErrorKind, Read};
use std::path::Path;

/// Reads the regular file at `path` (a symbolic link is followed) when it
/// holds at most `limit` bytes. A folder, pipe, socket or device is refused
/// as [`ErrorKind::InvalidInput`], a longer file as
/// [`ErrorKind::FileTooLarge`].
pub fn read_regular(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let claimed = regular_len(&std::fs::metadata(path)?)?;
    if claimed > limit {
        return Err(too_large(limit));
    }
    let file = std::fs::File::open(path)?;
    // It could have been swapped between the look and the open.
    regular_len(&file.metadata()?)?;
    let mut bytes = Vec::with_capacity(usize::try_from(claimed).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(bytes)
}

/// The length of a regular file; anything else is refused.
fn regular_len(meta: &std::fs::Metadata) -> std::io::Result<u64> {
    if meta.is_file() {
        Ok(meta.len())
    } else {
        Err(Error::new(
            ErrorKind::InvalidInput,
            "not a regular file (a folder, pipe or device)",
        ))
    }
}

fn too_large(limit: u64) -> Error {
    Error::new(
        ErrorKind::FileTooLarge,
        format!("larger than {limit} bytes"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_regular_file_is_read_whole() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.txt");
        std::fs::write(&path, b"hej").expect("write");
        assert_eq!(read_regular(&path, 3).expect("read"), b"hej");
        let err = read_regular(&path, 2).expect_err("too large");
        assert_eq!(err.kind(), ErrorKind::FileTooLarge);
    }

    #[test]
    fn folders_and_devices_are_refused_without_reading() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = read_regular(dir.path(), 10).expect_err("a folder");
        assert_eq!(err.kind(), ErrorKind::InvalidInput);
        #[cfg(unix)]
        {
            // /dev/zero claims 0 bytes and never ends.
            let err = read_regular(Path::new("/dev/zero"), 10).expect_err("a device");
            assert_eq!(err.kind(), ErrorKind::InvalidInput);
        }
    }
}
