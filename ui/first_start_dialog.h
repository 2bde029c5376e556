#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace balgul::ui {

/// The one question Balgul asks at first start: the name others see on the problems and comments
/// the user writes while not signed in to a hub. It can be skipped (nothing is signed with a name
/// then, and never with the computer's login name) and changed later in Preferences.
///
/// Widgets for tests: firstStartNameEdit, firstStartSaveButton, firstStartSkipButton.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstStartDialog(QWidget* parent = nullptr);

    /// The name typed, trimmed ("" when skipped).
    QString name() const;

private:
    QLineEdit* m_name = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace balgul::ui
