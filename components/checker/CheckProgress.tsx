import { fillTemplate } from '@/components/ui/fillTemplate';
import { buttonClass } from '@/components/ui/Button';

/**
 * A native <progress> with the count in words beside it. The count is not a live region: read
 * out at every tick it would drown everything else; the status line says when the work starts and ends.
 */
export function CheckProgress({ done, total, template, label, cancel, onCancel }: { done: number; total: number; template: string; label: string; cancel: string; onCancel: () => void }) {
  return (
    <div className="space-y-2">
      <progress className="checker-progress" max={Math.max(total, 1)} value={Math.min(done, total)} aria-label={label} />
      <p className="flex flex-wrap items-center gap-3">
        <span>{fillTemplate(template, { done, total })}</span>
        <button type="button" className={buttonClass('secondary', 'small')} onClick={onCancel}>
          {cancel}
        </button>
      </p>
    </div>
  );
}
