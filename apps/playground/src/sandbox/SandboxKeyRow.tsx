import { useEffect, useId, useState } from 'react';
import type { SandboxKey } from '../api';

interface SandboxKeyRowProps {
  sandboxKey: SandboxKey;
}

/** One scenario: what it plays, what to expect, and its key with a copy button. */
export function SandboxKeyRow({ sandboxKey }: SandboxKeyRowProps) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fieldId = useId();

  useEffect(() => {
    if (copied === 'idle') return;
    const reset = setTimeout(() => setCopied('idle'), 2000);
    return () => clearTimeout(reset);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(sandboxKey.key);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <li className="sandbox-key">
      <div className="sandbox-key-title">
        <strong>{sandboxKey.title}</strong>
        {sandboxKey.companyName ? <span className="muted"> · {sandboxKey.companyName}</span> : null}
      </div>
      <div className="copy-field">
        <label htmlFor={fieldId} className="visually-hidden">
          {`Sandbox key: ${sandboxKey.title}`}
        </label>
        <input
          id={fieldId}
          className="key-input"
          readOnly
          value={sandboxKey.key}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button small"
          onClick={copy}
          aria-label={`Copy sandbox key: ${sandboxKey.title}`}
        >
          {copied === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <details>
        <summary>What it does</summary>
        <p>{sandboxKey.description}</p>
        <p>
          <span className="muted">Expect: </span>
          {sandboxKey.expected}
        </p>
      </details>
      <p className="visually-hidden" role="status">
        {copied === 'copied'
          ? 'Copied to the clipboard.'
          : copied === 'failed'
            ? 'Copy failed: select the key and copy it.'
            : ''}
      </p>
    </li>
  );
}
