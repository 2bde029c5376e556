#pragma once

#include "core/util/result.h"

#include <QObject>
#include <QString>

namespace balgul::ui {

/// Where a profile keeps its hub token: in the system keychain (a secret service) when one
/// answers, otherwise in the owner-only (0600) `hub-token` file beside the store, where
/// balgul-cli reads and writes it.
///
/// The keychain entry is named by the service "org.balgul.Balgul" and a key made of the store's
/// path and the hub's URL. Keychain jobs are asynchronous: every call returns at once and the
/// outcome arrives through a signal; nothing waits in a nested event loop. Jobs run one after
/// another in the order they were started, so a removal started after a save wins.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Place
    {
        Nowhere,
        Keychain,
        File,
    };
    Q_ENUM(Place)

    explicit TokenStore(const QString& storePath, QObject* parent = nullptr);

    /// The keychain service all profiles share: the app id.
    static QString serviceName();
    /// The keychain key of this profile's token for the hub at `hubUrl`.
    QString keyFor(const QString& hubUrl) const;
    /// The plain token file of this profile.
    QString filePath() const { return m_filePath; }
    /// The token in the plain file ("" when none), read now.
    QString fileToken() const;

    /// Keeps the token: writes the 0600 file now (the returned status is that write's), then asks
    /// the keychain to take it; when the keychain does, the file is removed. Ends with saved().
    core::Status save(const QString& hubUrl, const QString& token);
    /// Asks the keychain to take a token that is in the file (balgul-cli's `login` wrote it); the
    /// file is removed when the keychain took it and the file still holds that token. Ends with
    /// saved().
    void moveToKeychain(const QString& hubUrl, const QString& token);
    /// Looks the token up: the keychain first, then the file. Ends with loaded().
    void load(const QString& hubUrl);
    /// Forgets the token: removes the file now (the returned status is that removal's) and asks
    /// the keychain to delete its entry. Ends with removed().
    core::Status remove(const QString& hubUrl);

signals:
    /// A save() or moveToKeychain() ended; `place` is where the token is kept now.
    void saved(balgul::ui::TokenStore::Place place);
    /// A load() ended; `token` is "" and `place` Nowhere when there is none.
    void loaded(const QString& token, balgul::ui::TokenStore::Place place);
    /// A remove() ended; `keychainError` is the keychain's reason when its entry may remain ("" when
    /// it is gone, was never there, or there is no keychain).
    void removed(const QString& keychainError);

private:
    QString m_storePath;
    QString m_filePath;
};

} // namespace balgul::ui
