#pragma once

// Where file dialogs start: each kind of dialog (import, export, sensor files, photos, map packs)
// remembers the folder its last file was chosen in, in the settings; without one, or when that
// folder is gone, it starts in Documents when that exists, else in the home folder.

#include <QString>

namespace balgul::ui {

class Settings;

namespace dialog_folders {

/// The settings the folders are remembered in (the main window's, for its lifetime); nullptr:
/// nothing is remembered.
void useSettings(Settings* settings);

/// The folder a dialog of `kind` starts in; it exists.
QString start(const QString& kind);
/// A file `fileName` in that folder, for a save dialog.
QString startFile(const QString& kind, const QString& fileName);
/// Remembers the folder of `chosenPath` (a file or a folder) for the next dialog of `kind`.
void remember(const QString& kind, const QString& chosenPath);

} // namespace dialog_folders

} // namespace balgul::ui
