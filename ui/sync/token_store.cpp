#include "ui/sync/token_store.h"

#include "core/sync/credentials.h"
#include "ui/qt_convert.h"

#include <QFileInfo>

#include <qt6keychain/keychain.h>

namespace balgul::ui {

namespace {

/// No entry, or no keychain to have one: nothing is left behind.
bool nothingLeft(QKeychain::Error error)
{
    return error == QKeychain::NoError || error == QKeychain::EntryNotFound ||
           error == QKeychain::NoBackendAvailable;
}

} // namespace

TokenStore::TokenStore(const QString& storePath, QObject* parent)
    : QObject(parent), m_storePath(QFileInfo(storePath).absoluteFilePath()),
      m_filePath(toQ(core::sync::tokenPathFor(toStd(storePath))))
{}

QString TokenStore::serviceName()
{
    return QStringLiteral(BALGUL_APP_ID);
}

QString TokenStore::keyFor(const QString& hubUrl) const
{
    return m_storePath + QLatin1Char(' ') + hubUrl.trimmed();
}

QString TokenStore::fileToken() const
{
    return toQ(core::sync::readToken(toStd(m_filePath))).trimmed();
}

core::Status TokenStore::save(const QString& hubUrl, const QString& token)
{
    const core::Status written = core::sync::writeToken(toStd(m_filePath), toStd(token));
    moveToKeychain(hubUrl, token);
    return written;
}

void TokenStore::moveToKeychain(const QString& hubUrl, const QString& token)
{
    // Jobs have no parent: one the secret service has not answered yet must outlive us (it deletes
    // itself when it ends); the connection ends with us.
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(keyFor(hubUrl));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, token](QKeychain::Job* done) {
        if (done->error() != QKeychain::NoError) {
            emit saved(fileToken().isEmpty() ? Place::Nowhere : Place::File);
            return;
        }
        // balgul-cli may have signed in again meanwhile: a different token in the file is newer.
        if (fileToken() == token && core::sync::removeToken(toStd(m_filePath)).ok()) {
            emit saved(Place::Keychain);
            return;
        }
        emit saved(QFileInfo::exists(m_filePath) ? Place::File : Place::Keychain);
    });
    job->start();
}

void TokenStore::load(const QString& hubUrl)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(keyFor(hubUrl));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const QString kept = job->error() == QKeychain::NoError ? job->textData().trimmed() : QString();
        if (!kept.isEmpty()) {
            emit loaded(kept, Place::Keychain);
            return;
        }
        const QString fromFile = fileToken();
        emit loaded(fromFile, fromFile.isEmpty() ? Place::Nowhere : Place::File);
    });
    job->start();
}

core::Status TokenStore::remove(const QString& hubUrl)
{
    const core::Status gone = core::sync::removeToken(toStd(m_filePath));
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(keyFor(hubUrl));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* done) {
        emit removed(nothingLeft(done->error()) ? QString() : done->errorString());
    });
    job->start();
    return gone;
}

} // namespace balgul::ui
