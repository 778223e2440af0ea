//! What `story-pages` does on disk: read the built `index.html` and the story files, write
//! for every story that passes story-check a prerendered page per language, `ID.html` in
//! its default language and `ID.LANG.html` in each other, fill `index.html` with the home
//! story's default-language page (`data/site.json`), and write `editors.html` listing them all.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::config::{self, SITE_FILE};
use super::editors::{editors_page, Home};
use super::entry::StoryEntry;
use super::{page, read_text, story_files};
use crate::StaticPage;

/// Where the build reads from and writes to.
#[derive(Debug, Clone)]
pub struct Options {
    /// The built site: its `index.html` is the template, its `host/` the host snippet.
    pub template_dir: PathBuf,
    /// Where the pages go (the same folder in Trunk's hook).
    pub out_dir: PathBuf,
    /// Folders of story files; `site.json` is read from the first that has one.
    pub data_dirs: Vec<PathBuf>,
}

/// What the build did: the pages written, and the problems that keep a story (or `/`)
/// from being shown. Problems do not stop the build: the editors' page lists them.
#[derive(Debug, Default, PartialEq)]
pub struct Report {
    pub written: Vec<String>,
    pub problems: Vec<String>,
}

/// The host snippet the editors' embed code inlines, within the built site.
const SNIPPET: &str = "host/claimlens-host.min.js";

/// Writes every page; `Err` when the built site cannot be read or a page cannot be
/// written (then there is nothing sensible to serve).
pub fn run(options: &Options) -> Result<Report, String> {
    let template = read_text(&options.template_dir.join("index.html"))?;
    let snippet = read_text(&options.template_dir.join(SNIPPET))?;
    let entries: Vec<StoryEntry> = options
        .data_dirs
        .iter()
        .flat_map(|dir| story_files(dir))
        .map(|path| StoryEntry::read(&path))
        .collect();
    let mut report = Report::default();
    for entry in &entries {
        report.problems.extend(entry.errors.iter().cloned());
    }
    let home = home(&options.data_dirs, &entries);
    if let Err(problem) = &home {
        report.problems.push(problem.clone());
    }
    for entry in &entries {
        let (Some(name), Some((story, _))) = (&entry.name, &entry.loaded) else {
            continue;
        };
        let story = Arc::new(story.clone());
        let at = StaticPage::new(name);
        for (index, lang) in page::page_languages(&story).into_iter().enumerate() {
            let html = page::reader_page(&template, &story, lang, name)?;
            write(&options.out_dir, &at.file(&story, lang), &html, &mut report)?;
            if index == 0 && home.as_ref().is_ok_and(|home| home == name) {
                write(&options.out_dir, "index.html", &html, &mut report)?;
            }
        }
    }
    let editors = editors_page(&entries, &home, &snippet);
    write(&options.out_dir, "editors.html", &editors, &mut report)?;
    Ok(report)
}

/// The story `/` shows, from the first `site.json`; it must have a reader page.
fn home(data_dirs: &[PathBuf], entries: &[StoryEntry]) -> Home {
    let Some(path) = data_dirs
        .iter()
        .map(|dir| dir.join(SITE_FILE))
        .find(|path| path.is_file())
    else {
        return Err(format!(
            "no {SITE_FILE} in {}: / shows no story",
            names(data_dirs)
        ));
    };
    let file = path.display().to_string();
    let text = read_text(&path)?;
    let ids: Vec<String> = entries
        .iter()
        .filter_map(|entry| entry.name.clone())
        .collect();
    let site = config::check(&text, &ids).map_err(|error| super::located_line(&file, &error))?;
    let shown = entries
        .iter()
        .any(|entry| entry.name.as_ref() == Some(&site.home) && entry.loaded.is_some());
    if shown {
        Ok(site.home)
    } else {
        Err(format!(
            "{file}: home: story \"{}\" does not pass story-check: / shows no story",
            site.home
        ))
    }
}

fn names(dirs: &[PathBuf]) -> String {
    let names: Vec<String> = dirs.iter().map(|dir| dir.display().to_string()).collect();
    names.join(", ")
}

fn write(dir: &Path, name: &str, html: &str, report: &mut Report) -> Result<(), String> {
    let path = dir.join(name);
    std::fs::write(&path, html)
        .map_err(|error| format!("{}: cannot write: {error}", path.display()))?;
    report.written.push(name.to_owned());
    Ok(())
}
